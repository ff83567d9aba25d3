package kz.shagym.kernel.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api; every module adds its resources. */
@ApplicationPath("api")
public class ShagymApi extends Application {
}
