package shop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Dimensions {
  int width;
  @Column(name = "depth_mm") int depth;
  @Column(nullable = false) int height;
  @Basic(optional = false) int weight;
}
