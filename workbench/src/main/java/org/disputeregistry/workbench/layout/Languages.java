package org.disputeregistry.workbench.layout;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default, whatever the browser asks for; {@code ?lang=en} or {@code ?lang=zh} switches
 * and a cookie remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

  static final String PARAMETER = "lang";
  static final String COOKIE = "WORKBENCH_LANG";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
