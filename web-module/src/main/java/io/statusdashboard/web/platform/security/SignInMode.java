package io.statusdashboard.web.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a bean that exists only in one sign-in mode; {@link SecurityModeExtension} vetoes it in the other. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignInMode {

    /** True: only with an OpenID Connect provider; false: only with the local operator account. */
    boolean openId();
}
