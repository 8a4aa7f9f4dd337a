package org.infoshare.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.infoshare.shared.Role;

/** Only holders of one of these roles may use this endpoint. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RolesAllowed {

    Role[] value();

    /** The endpoint shows or changes personal data: refused while the user's mandatory training has lapsed. */
    boolean personalData() default false;
}
