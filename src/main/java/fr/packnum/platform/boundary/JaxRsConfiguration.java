package fr.packnum.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every resource lives under {@code /api}; the browser UI is served beside it. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "PackNum API",
            version = "1",
            description =
                "Pack numérique solidaire: devices, households, packs, support and partner reporting."))
public class JaxRsConfiguration extends Application {}
