package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The key column of an {@code @ElementCollection Map<K, V>} whose key is a basic type or an
 * enum: {@code @MapKeyColumn} (name, length, columnDefinition; the name defaults to
 * {@code <attribute>_KEY}, as JPA says), {@code @MapKeyEnumerated} (ORDINAL by default) and
 * {@code @MapKeyTemporal}. The key is part of the collection table's primary key, so NOT NULL.
 */
final class MapKeys {
  static final String MAP_KEY_COLUMN = "jakarta.persistence.MapKeyColumn";
  static final String MAP_KEY_ENUMERATED = "jakarta.persistence.MapKeyEnumerated";
  static final String MAP_KEY_TEMPORAL = "jakarta.persistence.MapKeyTemporal";
  /** Keys that are entities or an attribute of the value: not modelled yet. */
  static final List<String> UNSUPPORTED = List.of("jakarta.persistence.MapKey",
      "jakarta.persistence.MapKeyJoinColumn", "jakarta.persistence.MapKeyJoinColumns",
      "jakarta.persistence.MapKeyClass");

  private MapKeys() {}

  /** K of {@code Map<K, V>} (a wildcard's upper bound), if written. */
  static Optional<TypeMirror> keyType(TypeMirror map) {
    if (map instanceof DeclaredType declared && declared.getTypeArguments().size() == 2) {
      TypeMirror key = declared.getTypeArguments().get(0);
      return Optional.ofNullable(key instanceof WildcardType w ? w.getExtendsBound() : key);
    }
    return Optional.empty();
  }

  static Column column(ScanContext ctx, Attribute map, TypeMirror key, Origin origin) {
    Element element = map.element();
    AnnotationMirror mapKeyColumn = Mirrors.find(element, MAP_KEY_COLUMN).orElse(null);
    String logical = mapKeyColumn == null ? map.name() + "_KEY"
        : Mirrors.nonEmpty(mapKeyColumn, "name").orElse(map.name() + "_KEY");
    String enumType = null;
    List<String> enumValues = new ArrayList<>();
    if (Columns.isEnum(key)) {
      enumType = Mirrors.find(element, MAP_KEY_ENUMERATED).map(m -> Mirrors.enumName(m, "value"))
          .filter(s -> !s.isEmpty()).orElse("ORDINAL");
      for (Element constant : ((DeclaredType) key).asElement().getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          enumValues.add(constant.getSimpleName().toString());
        }
      }
    }
    String temporal = Mirrors.find(element, MAP_KEY_TEMPORAL).map(m -> Mirrors.enumName(m, "value"))
        .filter(s -> !s.isEmpty()).orElse(null);
    return new Column(ctx.naming.column(logical), Columns.javaType(ctx, key), false,
        mapKeyColumn == null ? 255 : Mirrors.integer(mapKeyColumn, "length", 255),
        mapKeyColumn == null ? 0 : Mirrors.integer(mapKeyColumn, "precision", 0),
        mapKeyColumn == null ? 0 : Mirrors.integer(mapKeyColumn, "scale", 0),
        mapKeyColumn == null ? null : Mirrors.nonEmpty(mapKeyColumn, "columnDefinition").orElse(null),
        false, enumType, false, enumValues, null, temporal,
        mapKeyColumn == null ? origin : origin.withAnnotation(MAP_KEY_COLUMN, null));
  }
}
