package io.fkguard.sample.shop;

import io.fkguard.sample.catalog.AppUser;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRepository extends JpaRepository<AppUser, Long> {}
