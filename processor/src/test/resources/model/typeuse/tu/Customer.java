package tu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import tu.lombok.NonNull;

@Entity
@Table(name = "customer")
public class Customer {
  // The generation strategy depends on the id's type: a UUID generates in Java.
  @Id @GeneratedValue @NonNull UUID id;

  @Column(unique = true) @NotBlank @Email @Size(max = 120) String email;
}
