package io.statusdashboard.web.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers cached hits before the servlet container's own request pipeline: a valve on the virtual
 * server, which the container runs before it authenticates the request (Jakarta Security's
 * authentication module, with a CDI and JNDI lookup on every request), checks its permissions,
 * starts the request's CDI context and builds the filter chain. A profile of a cached {@code /}
 * under load (bench/profile.sh) put two thirds of the CPU in those steps, none of which a
 * visitor's read of a stored copy needs: {@link CachedHits} decides alone who is a visitor (no
 * signed-in session the server holds) and adds the headers every response carries.
 *
 * <p>The valve is Payara's (GlassFish's web container): installed when the application starts and
 * removed when it stops, built as a proxy of the server's valve interface so the application has
 * no compile-time tie to the server's internals. It answers only requests mapped to this
 * application and passes everything else on. On another server, or should Payara's internals
 * change, it is not installed, the log says so once, and {@link ResponseCacheFilter} answers the
 * same hits a little later in the chain.
 */
@WebListener
public class EarlyHitValve implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(EarlyHitValve.class.getName());

    @Inject
    private CachedHits hits;

    private Object pipeline;
    private Object valve;
    private Method removeValve;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext servletContext = event.getServletContext();
        try {
            Object context = webContainerContext(servletContext);
            // Methods are looked up on the server's interfaces: the classes behind them need not be public.
            ClassLoader server = context.getClass().getClassLoader();
            Class<?> containerType = Class.forName("org.apache.catalina.Container", false, server);
            Class<?> pipelineType = Class.forName("org.apache.catalina.Pipeline", false, server);
            Class<?> valveType = Class.forName("org.glassfish.web.valve.GlassFishValve", false, server);
            Class<?> requestType = Class.forName("org.apache.catalina.Request", false, server);
            Class<?> responseType = Class.forName("org.apache.catalina.Response", false, server);
            Object host = containerType.getMethod("getParent").invoke(context);
            Object hostPipeline = containerType.getMethod("getPipeline").invoke(host);
            // The application reads parameters as UTF-8 unless it says otherwise; the valve reads
            // the language parameter before the application would set that, and a parameter read
            // once keeps its encoding for the rest of the request.
            String encoding = servletContext.getRequestCharacterEncoding() != null
                    ? servletContext.getRequestCharacterEncoding() : StandardCharsets.UTF_8.name();
            Handler handler = new Handler(hits, context, Thread.currentThread().getContextClassLoader(), encoding,
                    requestType.getMethod("getContext"), requestType.getMethod("getRequest"),
                    responseType.getMethod("getResponse"), valveType.getField("INVOKE_NEXT").getInt(null),
                    valveType.getField("END_PIPELINE").getInt(null));
            Object created = Proxy.newProxyInstance(server, new Class<?>[] {valveType}, handler);
            removeValve = pipelineType.getMethod("removeValve", valveType);
            pipelineType.getMethod("addValve", valveType).invoke(hostPipeline, created);
            pipeline = hostPipeline;
            valve = created;
            LOG.info("Cached pages are answered before the server's request pipeline");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.info(() -> "Cached pages are answered by the response cache filter (no early valve on this server: " + e + ")");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (valve == null) {
            return;
        }
        try {
            removeValve.invoke(pipeline, valve);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The early valve for cached pages could not be removed", e);
        } finally {
            valve = null;
        }
    }

    /** The web container's own context behind the servlet context its API hands out. */
    private static Object webContainerContext(ServletContext servletContext) throws ReflectiveOperationException {
        Class<?> containerType = Class.forName("org.apache.catalina.Container", false,
                servletContext.getClass().getClassLoader());
        Object current = servletContext;
        for (int depth = 0; depth < 4 && !containerType.isInstance(current); depth++) {
            current = field(current, "context");
        }
        if (!containerType.isInstance(current)) {
            throw new NoSuchFieldException("no web container context behind " + servletContext.getClass().getName());
        }
        return current;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                Object value = field.get(owner);
                if (value == null) {
                    throw new NoSuchFieldException(name + " is not set in " + type.getName());
                }
                return value;
            } catch (NoSuchFieldException notHere) {
                // the field may be declared by a superclass
            }
        }
        throw new NoSuchFieldException(name + " in " + owner.getClass().getName());
    }

    /** The valve's behaviour: answer this application's cached hits, let everything else through. */
    private record Handler(CachedHits hits, Object context, ClassLoader application, String encoding, Method requestContext,
            Method servletRequest, Method servletResponse, int invokeNext, int endPipeline) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "invoke":
                    return answer(args[0], args[1]);
                case "postInvoke":
                    return null;
                case "getInfo":
                    return "status dashboard: cached hits before the request pipeline";
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "EarlyHitValve";
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        }

        private int answer(Object request, Object response) throws Throwable {
            if (requestContext.invoke(request) != context) {
                return invokeNext;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            HttpServletRequest servletIn = (HttpServletRequest) servletRequest.invoke(request);
            HttpServletResponse servlet = (HttpServletResponse) servletResponse.invoke(response);
            try {
                if (servletIn.getCharacterEncoding() == null) {
                    servletIn.setCharacterEncoding(encoding);
                }
                return hits.answerBeforeApplication(servletIn, servlet) ? endPipeline : invokeNext;
            } catch (RuntimeException e) {
                // The request goes on to the application as if there were no valve, which answers
                // it or reports the failure on its own error page.
                LOG.log(Level.FINE, "Early cached answer failed, the request goes on", e);
                if (servlet.isCommitted()) {
                    throw e;
                }
                servlet.reset();
                return invokeNext;
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
