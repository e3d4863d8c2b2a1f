package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The derivation of the unannotated corpora, checked on its own. */
class UnannotateTest {
  @Test
  void removesDecisionsWithTheirArgumentsAndImports() {
    String source = """
        package p;

        import io.fkguard.annotations.IndexedBy;
        import io.fkguard.annotations.PartialIndex;
        import jakarta.persistence.*;

        class A {
          @ManyToOne @IndexedBy("a_b_idx") B b;
          @ManyToOne
          @PartialIndex(
              name = "a_c_part_idx",
              where = "c_id is not null and (x > 1 or y = ')')",
              reason = "sparse")
          C c;
          @io.fkguard.annotations.NotIndexed(reason = "tiny (really)") @ManyToOne D d;
          @CoveredByUnique(value = "a_e_key") @ManyToOne E e;
        }
        """;
    assertEquals("""
        package p;

        import jakarta.persistence.*;

        class A {
          @ManyToOne  B b;
          @ManyToOne
         \s
          C c;
           @ManyToOne D d;
           @ManyToOne E e;
        }
        """, Unannotate.strip(source));
  }
}
