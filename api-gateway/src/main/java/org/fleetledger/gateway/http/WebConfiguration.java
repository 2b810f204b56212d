package org.fleetledger.gateway.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadConsistencyInterceptor readConsistency;
    private final ResourceVersionInterceptor resourceVersions;

    WebConfiguration(ReadConsistencyInterceptor readConsistency, ResourceVersionInterceptor resourceVersions) {
        this.readConsistency = readConsistency;
        this.resourceVersions = resourceVersions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readConsistency).addPathPatterns("/v1/**");
        registry.addInterceptor(resourceVersions).addPathPatterns("/v1/**");
    }
}
