package mesr;

/** Neither an entity nor an embeddable nor a type Hibernate stores as a column. */
public class Shape {
  int corners;
}
