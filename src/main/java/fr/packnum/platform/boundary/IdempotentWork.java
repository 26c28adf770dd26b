package fr.packnum.platform.boundary;

import fr.packnum.platform.control.ApiJson;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/**
 * Completes the idempotency key of a creating POST in the transaction of its work (inside the
 * resource's {@code @Transactional}): the record and the answer to replay commit together, or not
 * at all. An instance killed after the commit but before answering leaves a completed key, so the
 * client's retry on another instance is answered by the replay instead of running the work twice
 * once the claim is given up ({@link IdempotencyStore#ABANDONED}). Work that did not commit leaves
 * the claim uncompleted, and a retry after that delay runs it, once.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class IdempotentWork {

  @Inject HttpServletRequest request;
  @Inject IdempotencyStore store;

  @AroundInvoke
  Object completeWithTheWork(InvocationContext call) throws Exception {
    Object result = call.proceed();
    if (result != null && request.getAttribute(IdempotencyFilter.CLAIM) instanceof Long claim) {
      if (result instanceof Response response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
          store.completeInTheWork(
              claim,
              status,
              response.getLocation() == null ? null : response.getLocation().toString(),
              response.hasEntity() ? ApiJson.jsonb().toJson(response.getEntity()) : null);
        }
      } else if (!(call.getTarget() instanceof IdempotencyFilter)) {
        store.completeInTheWork(claim, 200, null, ApiJson.jsonb().toJson(result));
      }
    }
    return result;
  }
}
