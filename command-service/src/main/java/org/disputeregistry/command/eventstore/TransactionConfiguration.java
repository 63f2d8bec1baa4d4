package org.disputeregistry.command.eventstore;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A plain {@link DataSourceTransactionManager} in place of Boot's {@code JdbcTransactionManager}.
 * When a commit fails because PostgreSQL went away, {@code JdbcTransactionManager} translates the
 * failure, then tries a rollback on the dead connection and throws that failure instead
 * ("Connection is closed", without a SQLSTATE): the caller could no longer tell a lost database
 * (503, send again) from a fault of ours (500). This one throws the commit's own failure, whose
 * SQLSTATE (class 08) says what happened.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }
}
