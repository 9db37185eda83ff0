package io.statusdashboard.web.platform.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredFormExceptionHandler} (faces-config.xml). */
public class ExpiredFormExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredFormExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredFormExceptionHandler(getWrapped().getExceptionHandler());
    }
}
