package fr.packnum.platform.boundary;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document at {@code /openapi}, built from the JAX-RS resources themselves: every
 * operation with its parameters, its request body's fields and, as {@code x-roles}, who may call it
 * ({@code ANONYMOUS} for {@code @PermitAll}). Payara's annotation scanner is switched off ({@code
 * mp.openapi.scan.disable}) because it fails on Bean Validation annotations of record components
 * and then serves a truncated document.
 */
public class ApiDocument implements OASModelReader {

  static final String ROOT_PACKAGE = "fr/packnum";

  @Override
  public OpenAPI buildModel() {
    OpenAPI api =
        OASFactory.createOpenAPI()
            .openapi("3.0.3")
            .info(
                OASFactory.createInfo()
                    .title("PackNum API")
                    .version("1")
                    .description(
                        "Pack numérique solidaire. Errors are RFC 9457 application/problem+json,"
                            + " in French by default and in English with Accept-Language: en."))
            .paths(OASFactory.createPaths());
    Map<String, PathItem> items = new TreeMap<>();
    for (Class<?> resource : resources(ApiDocument.class.getClassLoader())) {
      for (Method method : resource.getMethods()) {
        String verb = httpMethod(method);
        if (verb != null) {
          String path =
              "/api" + join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class));
          items
              .computeIfAbsent(path, p -> OASFactory.createPathItem())
              .setOperation(PathItem.HttpMethod.valueOf(verb), operation(resource, method));
        }
      }
    }
    items.forEach(api.getPaths()::addPathItem);
    return api;
  }

  /** Who may call the method, as {@code DenyByDefault} enforces it. */
  static List<String> roles(Class<?> resource, Method method) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return List.of();
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return List.of(method.getAnnotation(RolesAllowed.class).value());
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return List.of("ANONYMOUS");
    }
    if (resource.isAnnotationPresent(RolesAllowed.class)) {
      return List.of(resource.getAnnotation(RolesAllowed.class).value());
    }
    return resource.isAnnotationPresent(PermitAll.class) ? List.of("ANONYMOUS") : List.of();
  }

  private static Operation operation(Class<?> resource, Method method) {
    Operation operation =
        OASFactory.createOperation()
            .operationId(resource.getSimpleName().replace("Resource", "") + "." + method.getName())
            .addTag(resource.getSimpleName().replace("Resource", ""))
            .addExtension("x-roles", roles(resource, method))
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse(
                        "default",
                        OASFactory.createAPIResponse()
                            .description("See status; errors are problem+json")));
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(Context.class)) {
        continue;
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getDeclaredFields()) {
          addParameter(operation, field, field.getType());
        }
      } else if (!addParameter(operation, parameter, parameter.getType())) {
        operation.requestBody(
            OASFactory.createRequestBody()
                .required(true)
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            consumes(resource, method),
                            OASFactory.createMediaType().schema(schema(parameter.getType())))));
      }
    }
    return operation;
  }

  private static boolean addParameter(
      Operation operation, AnnotatedElement element, Class<?> type) {
    if (element.isAnnotationPresent(PathParam.class)) {
      operation.addParameter(
          OASFactory.createParameter()
              .name(element.getAnnotation(PathParam.class).value())
              .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)
              .required(true)
              .schema(schema(type)));
      return true;
    }
    if (element.isAnnotationPresent(QueryParam.class)) {
      operation.addParameter(
          OASFactory.createParameter()
              .name(element.getAnnotation(QueryParam.class).value())
              .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
              .schema(schema(type)));
      return true;
    }
    return false;
  }

  private static String consumes(Class<?> resource, Method method) {
    Consumes consumes =
        method.isAnnotationPresent(Consumes.class)
            ? method.getAnnotation(Consumes.class)
            : resource.getAnnotation(Consumes.class);
    return consumes == null ? "application/json" : consumes.value()[0];
  }

  static Schema schema(Class<?> type) {
    Schema schema = OASFactory.createSchema();
    if (type == String.class) {
      return schema.type(Schema.SchemaType.STRING);
    }
    if (type == boolean.class || type == Boolean.class) {
      return schema.type(Schema.SchemaType.BOOLEAN);
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return schema.type(Schema.SchemaType.INTEGER);
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return schema.type(Schema.SchemaType.NUMBER);
    }
    if (type == Instant.class) {
      return schema.type(Schema.SchemaType.STRING).format("date-time");
    }
    if (type == LocalDate.class) {
      return schema.type(Schema.SchemaType.STRING).format("date");
    }
    if (type.isEnum()) {
      schema.type(Schema.SchemaType.STRING);
      Arrays.stream(type.getEnumConstants()).map(Object::toString).forEach(schema::addEnumeration);
      return schema;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return schema.type(Schema.SchemaType.ARRAY);
    }
    if (type.isRecord()) {
      schema.type(Schema.SchemaType.OBJECT);
      for (RecordComponent component : type.getRecordComponents()) {
        schema.addProperty(component.getName(), schema(component.getType()));
      }
      return schema;
    }
    return schema.type(Schema.SchemaType.OBJECT);
  }

  private static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(Path type, Path method) {
    String path = "/" + strip(type.value()) + (method == null ? "" : "/" + strip(method.value()));
    return path.replaceAll("/+$", "").replaceAll("\\{(\\w+):[^}]*}", "{$1}");
  }

  private static String strip(String segment) {
    return segment.replaceAll("^/+|/+$", "");
  }

  /** The JAX-RS resource classes of PackNum, found on the application's class path. */
  static List<Class<?>> resources(ClassLoader loader) {
    List<Class<?>> found = new ArrayList<>();
    try {
      Enumeration<URL> roots = loader.getResources(ROOT_PACKAGE);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (!"file".equals(root.getProtocol())) {
          continue;
        }
        java.nio.file.Path base = Paths.get(root.toURI()).getParent().getParent();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get(root.toURI()))) {
          files
              .map(base::relativize)
              .map(java.nio.file.Path::toString)
              .filter(name -> name.endsWith("Resource.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .forEach(name -> load(loader, name, found));
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (URISyntaxException impossible) {
      throw new IllegalStateException(impossible);
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  private static void load(ClassLoader loader, String name, List<Class<?>> found) {
    try {
      Class<?> type = Class.forName(name, false, loader);
      if (type.isAnnotationPresent(Path.class)) {
        found.add(type);
      }
    } catch (ClassNotFoundException skipped) {
      // not a loadable class of ours
    }
  }
}
