// The CoreNLP pipeline behind an HTTP endpoint bound to 127.0.0.1 only. StanfordCoreNLPServer has no option for
// the address it binds (it listens on every interface), so actorgraph runs this instead: one pipeline, loaded
// once at start-up, annotating each POSTed text with the request's document date for SUTime.
//   GET  /ready                         200 once the models are loaded
//   POST /annotate?date=YYYY-MM-DD      body: UTF-8 text; answer: CoreNLP's JSON
// Run with Java's single-file launcher: java -cp 'lib/*' CoreNlpLoopbackServer.java <port> <properties file>
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Executors;

public class CoreNlpLoopbackServer {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Properties props = new Properties();
    try (FileReader reader = new FileReader(args[1], StandardCharsets.UTF_8)) {
      props.load(reader);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    final StanfordCoreNLP[] pipeline = new StanfordCoreNLP[1];
    server.createContext("/ready", exchange -> reply(exchange, pipeline[0] == null ? 503 : 200, "text/plain", "ready"));
    server.createContext("/annotate", exchange -> annotate(exchange, pipeline[0]));
    // One request at a time: a 2-core machine gains nothing from parallel annotation, and memory stays bounded.
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
    System.out.println("CoreNlpLoopbackServer listening on 127.0.0.1:" + port + ", loading models");
    long started = System.nanoTime();
    try {
      pipeline[0] = new StanfordCoreNLP(props);
    } catch (RuntimeException | Error e) {
      // The HTTP thread would keep the JVM alive with nothing to serve: exit, so the caller sees the failure.
      e.printStackTrace();
      System.exit(1);
    }
    System.out.println("CoreNlpLoopbackServer ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  private static void annotate(HttpExchange exchange, StanfordCoreNLP pipeline) throws IOException {
    try {
      if (pipeline == null) {
        reply(exchange, 503, "text/plain", "models are still loading");
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        reply(exchange, 405, "text/plain", "POST the text");
        return;
      }
      String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Annotation document = new Annotation(text);
      String date = query(exchange, "date");
      if (date != null) document.set(CoreAnnotations.DocDateAnnotation.class, date);
      pipeline.annotate(document);
      // Straight to bytes in the pipeline's encoding (UTF-8): JSONOutputter.jsonPrint's String mangles non-ASCII.
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      new JSONOutputter().print(document, json, pipeline);
      reply(exchange, 200, "application/json", json.toByteArray());
    } catch (RuntimeException | Error e) {
      reply(exchange, 500, "text/plain", String.valueOf(e));
    }
  }

  private static String query(HttpExchange exchange, String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) return null;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name))
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
    }
    return null;
  }

  private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
    reply(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
