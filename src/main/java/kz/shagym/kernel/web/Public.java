package kz.shagym.kernel.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation anyone may call without signing in (the status look-up, the reference
 * phones, the calendar, the open data). Every other operation asks an anonymous caller to
 * sign in before it reads a single parameter (SignInFirst); the services still check roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
