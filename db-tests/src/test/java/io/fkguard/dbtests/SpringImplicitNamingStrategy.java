package io.fkguard.dbtests;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * A copy of Spring Boot's {@code org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy}
 * (Spring Boot 3.x), so the tests need no Spring: it changes only the join table name, from JPA's
 * {@code <owner entity>_<target entity>} to {@code <owning physical table>_<attribute>}.
 */
public class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name = source.getOwningPhysicalTableName() + "_"
        + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
