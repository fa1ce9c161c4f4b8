package dev.socle.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import dev.socle.security.ApiTokenSubjects;
import dev.socle.security.LocalAccount;
import dev.socle.security.LocalAccountService;
import dev.socle.security.Roles;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Administration: local accounts and API tokens. */
@Route("admin")
@PageTitle("Admin · Socle")
@Menu(order = 6, title = "Admin", icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = AccessDeniedException.class)
final class AdminView extends Composite<VerticalLayout> {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    AdminView(LocalAccountService accounts, ApiTokenSubjects tokens) {
        var content = getContent();
        content.addClassName("socle-view");

        var accountGrid = accountGrid(accounts);
        var newAccount = new Button(
                "New local account",
                event -> new NewAccountDialog(
                                accounts,
                                created -> accountGrid.getDataProvider().refreshAll())
                        .open());
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        content.add(new ViewToolbar("Admin", newAccount));
        content.add(
                new H2("Local accounts"),
                new Paragraph(
                        "People who sign in with a username and password. Single sign-on users appear once SSO is set up."),
                accountGrid);
        content.add(
                new H2("API tokens"),
                new Paragraph(
                        "Static bearer tokens from socle.api.static-tokens. Secrets are never shown; change them in the "
                                + "environment and restart."),
                tokenGrid(tokens));
    }

    private static Grid<LocalAccount> accountGrid(LocalAccountService accounts) {
        var grid = new Grid<LocalAccount>();
        grid.setAriaLabel("Local accounts");
        grid.addColumn(LocalAccount::username)
                .setHeader("Username")
                .setKey("username")
                .setSortable(true);
        grid.addColumn(LocalAccount::displayName).setHeader("Display name");
        grid.addColumn(account -> account.roles().stream().sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Created");
        grid.setItems(query -> {
            boolean descending =
                    query.getSortOrders().stream().anyMatch(order -> order.getDirection() == SortDirection.DESCENDING);
            var sort = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, "username");
            return accounts.list(PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<ApiTokenSubjects.TokenSubject> tokenGrid(ApiTokenSubjects tokens) {
        var grid = new Grid<ApiTokenSubjects.TokenSubject>();
        grid.setAriaLabel("API tokens");
        grid.addColumn(ApiTokenSubjects.TokenSubject::subject).setHeader("Subject");
        grid.addColumn(token -> token.roles().isEmpty() ? "—" : String.join(", ", token.roles()))
                .setHeader("Extra roles");
        grid.setItems(tokens.list());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No static tokens configured: set SOCLE_API_STATIC_TOKENS_0_TOKEN and "
                + "SOCLE_API_STATIC_TOKENS_0_SUBJECT.");
        return grid;
    }
}
