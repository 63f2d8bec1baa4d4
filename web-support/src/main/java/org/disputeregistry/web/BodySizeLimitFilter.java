package org.disputeregistry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a request body's bytes as they are read and fails the read past {@code maxBytes} (at once
 * when the Content-Length says so): the body is never buffered whole, whether it has a length or
 * comes chunked. The reader's failure ({@link BodyTooLargeException}) becomes a 413 problem in
 * {@link RequestProblemsAdvice}. Paths that stream their own bounded input (a back-fill counts
 * lines and their length) are listed as unbounded.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final List<String> unboundedPaths;

  BodySizeLimitFilter(long maxBytes, List<String> unboundedPaths) {
    this.maxBytes = maxBytes;
    this.unboundedPaths = unboundedPaths.stream().filter(p -> !p.isBlank()).toList();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return unboundedPaths.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Bounded(request, maxBytes), response);
  }

  /** A body over the limit. */
  static final class BodyTooLargeException extends IOException {
    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
      super("The request body is larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }

    long maxBytes() {
      return maxBytes;
    }
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), getContentLengthLong(), maxBytes);
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              getInputStream(), getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long declaredLength;
    private final long maxBytes;
    private long read;

    Counting(ServletInputStream in, long declaredLength, long maxBytes) {
      this.in = in;
      this.declaredLength = declaredLength;
      this.maxBytes = maxBytes;
    }

    private void check(long more) throws BodyTooLargeException {
      if (declaredLength > maxBytes || read + more > maxBytes) {
        throw new BodyTooLargeException(maxBytes);
      }
    }

    @Override
    public int read() throws IOException {
      check(0);
      int b = in.read();
      if (b >= 0) {
        check(1);
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check(0);
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        check(n);
        read += n;
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
