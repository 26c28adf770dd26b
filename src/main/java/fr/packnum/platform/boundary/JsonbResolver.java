package fr.packnum.platform.boundary;

import fr.packnum.platform.control.ApiJson;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes JAX-RS read and write JSON with {@link ApiJson}'s strict binding. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return ApiJson.jsonb();
  }
}
