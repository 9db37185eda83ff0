package io.statusdashboard.web.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Holds back the body a servlet writes, so the cache filter can store it and then send it with
 * validators and compression. Anything personal or out of the ordinary (a cookie, an error, a
 * redirect, a no-store) marks the response as one that must not be stored.
 */
final class ResponseCapture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean storable = true;
    private boolean sentDirectly;

    ResponseCapture(HttpServletResponse response) {
        super(response);
    }

    boolean storable() {
        return storable && !sentDirectly && getStatus() == SC_OK && getContentType() != null;
    }

    /** Whether the servlet sent an error or a redirect itself: the client has it, nothing can replace it. */
    boolean sentDirectly() {
        return sentDirectly;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends what was held back as it is, for a response the cache does not keep. */
    void sendAsWritten() throws IOException {
        if (sentDirectly) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        if (getResponse().isCommitted() && body.size() == 0) {
            return;
        }
        getResponse().setContentLength(body.size());
        // Straight from the buffer: a copy would double what a long body holds in memory.
        body.writeTo(getResponse().getOutputStream());
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the cache collects bodies synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    // The length is set when the body is sent: compressed or not, it is not the servlet's figure.
    @Override
    public void setContentLength(int length) {
        // ignored on purpose
    }

    @Override
    public void setContentLengthLong(long length) {
        // ignored on purpose
    }

    @Override
    public void flushBuffer() {
        // Committing now would send headers before the filter adds its own.
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        storable = false;
        sentDirectly = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        storable = false;
        sentDirectly = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        storable = false;
        sentDirectly = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        storable = false;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        checkHeader(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        checkHeader(name, value);
        super.addHeader(name, value);
    }

    private void checkHeader(String name, String value) {
        String header = name.toLowerCase(Locale.ROOT);
        if (header.equals("set-cookie")
                || (header.equals("cache-control") && value != null && value.toLowerCase(Locale.ROOT).contains("no-store"))) {
            storable = false;
        }
    }
}
