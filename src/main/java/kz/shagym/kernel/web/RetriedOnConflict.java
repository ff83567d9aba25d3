package kz.shagym.kernel.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A screen or resource whose calls into the services are made again when the database rolled
 * one back for a conflict with another transaction ({@link ConflictRetry}). Every web bean
 * that calls a service carries it (ArchitectureTest): that call is where a transaction begins
 * and ends, so it is the one place where running it again is safe.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RetriedOnConflict {
}
