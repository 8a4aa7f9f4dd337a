package org.infoshare.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any signed-in member of staff or partner system may use this endpoint; what they then see is still
 * scoped to their organisation, team and role by the code behind it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedIn {

    /** The endpoint shows or changes personal data: refused while the user's mandatory training has lapsed. */
    boolean personalData() default false;
}
