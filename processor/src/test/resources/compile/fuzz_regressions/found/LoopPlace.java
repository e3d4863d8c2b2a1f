package found;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class LoopPlace {
  String street;

  @Embedded
  // EXPECT: MappingError: inner embeds found.LoopPlace inside itself
  LoopPlace inner;
}
