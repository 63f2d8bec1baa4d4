package org.disputeregistry.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Shorthand for {@code @ContextConfiguration(initializers = RealInfrastructureInitializer.class)}:
 * put it next to {@code @SpringBootTest}. A test class that also declares its own
 * {@code @ContextConfiguration} should list the initializer there instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface WithRealInfrastructure {}
