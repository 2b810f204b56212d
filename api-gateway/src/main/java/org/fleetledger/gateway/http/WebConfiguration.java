package org.fleetledger.gateway.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadConsistencyInterceptor readConsistency;

    WebConfiguration(ReadConsistencyInterceptor readConsistency) {
        this.readConsistency = readConsistency;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readConsistency).addPathPatterns("/v1/**");
    }
}
