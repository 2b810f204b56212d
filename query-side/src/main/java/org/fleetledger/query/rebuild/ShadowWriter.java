package org.fleetledger.query.rebuild;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that a projection writes its read model through (not a projection itself): a
 * rebuild makes its own instance of it, writing to the shadow schema.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ShadowWriter {
}
