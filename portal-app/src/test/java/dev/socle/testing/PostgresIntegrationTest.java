package dev.socle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** Like {@link SocleIntegrationTest}, but on a real PostgreSQL server that the test starts itself. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SocleIntegrationTest
@ContextConfiguration(initializers = {GitSourcesInitializer.class, PostgresInitializer.class})
public @interface PostgresIntegrationTest {}
