package dev.socle.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page: {@code ?error} for wrong credentials, {@code ?unavailable} when the
 * accounts could not be read at all (the database is down), so that a correct password is not reported as wrong.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final AuthenticationFailureHandler wrongCredentials =
            new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final AuthenticationFailureHandler unavailable =
            new SimpleUrlAuthenticationFailureHandler("/login?unavailable");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof InternalAuthenticationServiceException) {
            log.warn(
                    "Sign-in could not check the credentials, the accounts are unreadable: {}", exception.getMessage());
            unavailable.onAuthenticationFailure(request, response, exception);
        } else {
            wrongCredentials.onAuthenticationFailure(request, response, exception);
        }
    }
}
