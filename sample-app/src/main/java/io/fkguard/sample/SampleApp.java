package io.fkguard.sample;

import io.fkguard.sample.shop.SeedDemo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command: starts the catalog on PostgreSQL (an embedded one unless
 * {@code SPRING_DATASOURCE_URL} names a server), lets Flyway apply the migrations fkguard
 * generated, has Hibernate validate the mapping against them, then plays the seed's story and
 * prints every foreign key with the index that serves it, read live from the database.
 */
@SpringBootApplication
public class SampleApp {
  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(SampleApp.class, args);
    int exitCode = 0;
    try {
      context.getBean(SeedDemo.class).run(System.out);
    } catch (RuntimeException e) {
      e.printStackTrace();
      exitCode = 1;
    }
    System.exit(SpringApplication.exit(context, () -> 0) + exitCode);
  }
}
