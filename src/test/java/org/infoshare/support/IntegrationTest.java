package org.infoshare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An integration test against the real application on its embedded PostgreSQL, with the demo partnership
 * loaded. Every test class with this annotation shares one application context (and one database), so
 * tests create their own records rather than assume a pristine directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "infoshare.data-dir=target/it-data/${random.uuid}",
        "infoshare.keys.directory=target/it-data/keys",
        "infoshare.embedded-database.durable=false",
        "infoshare.embedded-database.ephemeral=true",
        "infoshare.demo-data=true",
        "infoshare.ledger.checkpoint-interval=PT1H"})
@AutoConfigureMockMvc
@Import({DemoPartnership.class, SignInAccounts.class})
public @interface IntegrationTest {
}
