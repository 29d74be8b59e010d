package org.reclaim.likelihood;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions of what a model was made with, for its card. */
final class Libraries {
  private Libraries() {}

  static Map<String, String> versions() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("xgboost4j", xgboost());
    out.put("java", System.getProperty("java.version"));
    String reclaim = Libraries.class.getPackage().getImplementationVersion();
    out.put("reclaim", reclaim == null ? "development build" : reclaim);
    return out;
  }

  private static String xgboost() {
    try (InputStream in =
        ml.dmlc.xgboost4j.java.XGBoost.class.getResourceAsStream("/xgboost4j-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String v = ml.dmlc.xgboost4j.java.XGBoost.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}
