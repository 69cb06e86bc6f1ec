package org.eshraqa.portal.shared.casefile;

import jakarta.persistence.Table;

/** The table an entity of a kind of case is stored in: its sealed fields are bound to that name. */
final class EntityTables {

    private EntityTables() {
    }

    /** The name in the {@code @Table} of the entity's class or the nearest superclass that has one. */
    static String of(Object entity) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            Table table = type.getAnnotation(Table.class);
            if (table != null) {
                return table.name();
            }
        }
        throw new IllegalStateException(entity.getClass() + " names no @Table");
    }
}
