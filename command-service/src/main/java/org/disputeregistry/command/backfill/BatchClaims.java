package org.disputeregistry.command.backfill;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;

/**
 * The case-number claims of a bulk batch, collected while its commands run and made with one
 * statement before it commits. The case handlers receive it in place of the registry itself.
 */
final class BatchClaims implements CaseNumberRegistry {

  private static final String KEY = BatchClaims.class.getName();

  private final List<Claim> claims = new ArrayList<>();

  /** The claims of the batch whose (root) unit of work is running on this thread. */
  static BatchClaims ofCurrentBatch() {
    return CurrentUnitOfWork.get().root().getOrComputeResource(KEY, key -> new BatchClaims());
  }

  @Override
  public void claim(CaseType type, int year, String caseNumber, CaseId caseId) {
    claims.add(new Claim(type, year, caseNumber, caseId));
  }

  List<Claim> claims() {
    return claims;
  }

  /** Resolves a handler's {@link CaseNumberRegistry} parameter to the current batch's claims. */
  @Priority(Priority.FIRST)
  static final class Resolver implements ParameterResolverFactory {

    @Override
    public ParameterResolver<CaseNumberRegistry> createInstance(
        Executable executable, Parameter[] parameters, int parameterIndex) {
      if (parameters[parameterIndex].getType() != CaseNumberRegistry.class) {
        return null;
      }
      return new ParameterResolver<>() {
        @Override
        public CaseNumberRegistry resolveParameterValue(Message<?> message) {
          return ofCurrentBatch();
        }

        @Override
        public boolean matches(Message<?> message) {
          return true;
        }
      };
    }
  }
}
