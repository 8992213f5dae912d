package org.qinglian.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * 值类型风格 — the Immutables style of every record type. Not API.
 *
 * <p>Accessors are named {@code getX()}/{@code isX()} because Bean Validation providers
 * only see JavaBeans getters: with {@code x()} accessors Hibernate Validator silently
 * checks nothing (and so would an embedder's own Spring validator). Builders keep the
 * short names ({@code .id("u1")}) and accept {@code null} for optional values so that
 * rows from nullable database columns map without ceremony.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    optionalAcceptNullable = true,
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(prehash = false))
public @interface ValueStyle {}
