package org.infoshare.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code INFOSHARE_DB_URL}, infoshare runs its own PostgreSQL under the data directory.
 * The data source depends on the server bean, so on shutdown the pool closes before the server stops.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InfoshareProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(ExternalDatabaseConfigured.Not.class)
    EmbeddedPostgresServer embeddedPostgresServer(InfoshareProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedDatabase());
    }

    @Bean(destroyMethod = "close")
    @Conditional(ExternalDatabaseConfigured.Not.class)
    DataSource dataSource(EmbeddedPostgresServer server, Environment environment) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        // The application's own role (ADR 0040): it owns the schema, so Flyway migrates as it too.
        config.setUsername(server.applicationUser());
        config.setPassword(server.applicationPassword());
        config.setPoolName("infoshare-embedded");
        config.setMaximumPoolSize(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank() ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
    }
}
