package dev.socle.catalog.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.DescriptorParser;
import dev.socle.catalog.parse.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityValidatorTest {

    private final EntityValidator validator = new EntityValidator();

    private List<DescriptorProblem> validate(EntityValidator with, String yaml) {
        ParseResult parsed = new DescriptorParser().parse("catalog-info.yaml", yaml);
        assertThat(parsed.problems()).isEmpty();
        return parsed.documents().stream()
                .flatMap(document -> with.validate(document).stream())
                .toList();
    }

    private List<DescriptorProblem> validate(String yaml) {
        return validate(validator, yaml);
    }

    @Test
    void typicalBackstageCatalogIsValid() {
        assertThat(validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  title: Checkout service
                  description: Takes the money
                  labels: {tier: gold, example.com/cost-center: ""}
                  annotations:
                    backstage.io/techdocs-ref: dir:.
                    github.com/project-slug: acme/checkout
                  tags: [java, team:payments, c++]
                  links:
                    - url: https://grafana.example/d/checkout
                      title: Dashboard
                      icon: dashboard
                spec:
                  type: service
                  lifecycle: production
                  owner: group:default/payments
                  system: shop
                  providesApis: [checkout-api]
                  consumesApis: [api:stripe/charges]
                  dependsOn: [resource:checkout-db]
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: checkout-api}
                spec: {type: openapi, lifecycle: production, owner: payments, definition: "openapi: 3.0.0"}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: checkout-db}
                spec: {type: database, owner: payments, dependencyOf: [component:checkout]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: shop}
                spec: {owner: payments, domain: commerce}
                ---
                apiVersion: backstage.io/v1beta1
                kind: Domain
                metadata: {name: commerce}
                spec: {owner: payments}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: payments, namespace: default}
                spec:
                  type: team
                  profile: {displayName: Payments, email: payments@example.com}
                  parent: engineering
                  children: []
                  members: [jo]
                ---
                apiVersion: backstage.io/v1alpha1
                kind: User
                metadata: {name: jo}
                spec: {profile: {displayName: Jo}, memberOf: [payments]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: more}
                spec: {type: url, targets: [./a/catalog-info.yaml, ./b/catalog-info.yaml]}
                ---
                apiVersion: scaffolder.backstage.io/v1beta3
                kind: Template
                metadata: {name: spring-service}
                spec:
                  owner: payments
                  type: service
                  parameters:
                    - title: Name
                      properties: {name: {type: string}}
                  steps:
                    - id: fetch
                      action: fetch:template
                      input: {url: ./skeleton}
                """)).isEmpty();
    }

    @Test
    void missingOwnerPointsAtSpecAndSaysWhatToWrite() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                spec:
                  type: service
                  lifecycle: production
                """);
        assertThat(problems)
                .containsExactly(new DescriptorProblem(
                        "catalog-info.yaml",
                        5,
                        1,
                        "spec.owner is required for kind Component: name the owning group, e.g. owner: team-a."));
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                spec:
                  type: service
                  lifecycle: production
                  owner: payments
                  providesApis: checkout-api
                """);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message())
                    .startsWith("spec.providesApis is invalid for kind Component")
                    .contains("array");
        });
    }

    @Test
    void invalidNameNamespaceTagAndLabelAreEachLocated() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: -checkout
                  namespace: Payments
                  labels:
                    tier: "gold plated"
                    bad key!: x
                  annotations:
                    example.com/a/b: x
                  tags: [Java]
                spec: {type: service, lifecycle: production, owner: payments}
                """);
        assertThat(problems)
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactlyInAnyOrder("4:3", "5:3", "7:5", "8:5", "10:5", "11:10");
        assertThat(problems)
                .extracting(DescriptorProblem::message)
                .anySatisfy(message -> assertThat(message).startsWith("metadata.name '-checkout' is not a valid name"));
        assertThat(problems)
                .extracting(DescriptorProblem::message)
                .anySatisfy(message -> assertThat(message).contains("metadata.tags entry 'Java'"));
    }

    @Test
    void nameRulesFollowBackstage() {
        assertThat(BackstageNames.isEntityName("a")).isTrue();
        assertThat(BackstageNames.isEntityName("My_Service.v2-beta")).isTrue();
        assertThat(BackstageNames.isEntityName("a".repeat(63))).isTrue();
        assertThat(BackstageNames.isEntityName("a".repeat(64))).isFalse();
        assertThat(BackstageNames.isEntityName("a--b")).isTrue();
        assertThat(BackstageNames.isEntityName("foo..bar")).isTrue();
        assertThat(BackstageNames.isEntityName("a_.b")).isTrue();
        assertThat(BackstageNames.isEntityName("a b")).isFalse();
        assertThat(BackstageNames.isEntityName("-a")).isFalse();
        assertThat(BackstageNames.isEntityName("a.")).isFalse();
        assertThat(BackstageNames.isEntityName("_")).isFalse();
        assertThat(BackstageNames.isEntityName("")).isFalse();
        assertThat(BackstageNames.isNamespace("team-a")).isTrue();
        assertThat(BackstageNames.isNamespace("team_a")).isFalse();
        assertThat(BackstageNames.isKey("backstage.io/techdocs-ref")).isTrue();
        assertThat(BackstageNames.isKey("a/b/c")).isFalse();
        assertThat(BackstageNames.isKey("Example.com/x")).isFalse();
        assertThat(BackstageNames.isKey("x".repeat(254) + "/a")).isFalse();
        assertThat(BackstageNames.isLabelValue("")).isTrue();
        assertThat(BackstageNames.isTag("team:payments")).isTrue();
        assertThat(BackstageNames.isTag("c#")).isTrue();
        assertThat(BackstageNames.isTag("a_b")).isFalse();
        assertThat(BackstageNames.isApiVersion("backstage.io/v1alpha1")).isTrue();
        assertThat(BackstageNames.isApiVersion("backstage.io/v1/x")).isFalse();
    }

    @Test
    void namesThatBackstageAcceptsAreValidAndOthersSayWhatToWrite() {
        String component = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: NAME}
                spec: {type: service, lifecycle: production, owner: payments}
                """;
        for (String name : List.of("a--b", "foo..bar", "a_.b", "Payments_API.v2")) {
            assertThat(validate(component.replace("NAME", name))).as(name).isEmpty();
        }
        assertThat(validate(component.replace("NAME", "-payments")))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message())
                            .isEqualTo("metadata.name '-payments' is not a valid name: use 1-63 "
                                    + "letters, digits, '-', '_' or '.', starting and ending with a letter or digit, "
                                    + "e.g. payments-api.");
                });
    }

    @Test
    void annotationValuesMustBeStringsAndLinksNeedAUrl() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  annotations:
                    example.com/replicas: 3
                  links:
                    - title: No url
                spec: {type: service, lifecycle: production, owner: payments}
                """);
        assertThat(problems)
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "6:5 metadata.annotations.example.com/replicas is invalid for every entity: "
                                + problems.get(0)
                                        .message()
                                        .substring(problems.get(0).message().indexOf(": ") + 2),
                        "8:7 metadata.links[0].url is required for every entity: give the link a url, "
                                + "e.g. url: https://dashboard.example.com.");
    }

    @Test
    void linksFollowBackstageFormats() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  links:
                    - url: https://grafana.example:3000/d/checkout?from=now-1h#panel
                      title: Dashboard
                      icon: dashboard
                      type: monitoring
                    - url: mailto:payments@example.com
                    - url: grafana/d/checkout
                    - url: https://
                      title: "   "
                      icon: chart line
                    - url: "http://exa mple.com"
                spec: {type: service, lifecycle: production, owner: payments}
                """);
        assertThat(problems)
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly(
                        "11:7 metadata.links[2].url 'grafana/d/checkout' is not a valid URL: write an absolute URL with "
                                + "its scheme, e.g. https://dashboard.example.com.",
                        "12:7 metadata.links[3].url 'https://' is not a valid URL: write an absolute URL with its scheme, "
                                + "e.g. https://dashboard.example.com.",
                        "13:7 metadata.links[3].title is blank: write the text to show for the link, e.g. title: "
                                + "Dashboard, or leave title out.",
                        "14:7 metadata.links[3].icon 'chart line' is not a valid icon key: use 1-63 letters, digits, '-', "
                                + "'_' or '.', starting and ending with a letter or digit, e.g. icon: dashboard.",
                        "15:7 metadata.links[4].url 'http://exa mple.com' is not a valid URL: write an absolute URL with "
                                + "its scheme, e.g. https://dashboard.example.com.");
    }

    @Test
    void linkTypeMustBeText() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  links: [{url: "https://wiki.example/checkout", type: 3}]
                spec: {type: service, lifecycle: production, owner: payments}
                """);
        assertThat(problems)
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.message()).startsWith("metadata.links[0].type is invalid for every entity"));
    }

    @Test
    void urlsAreThoseWhatwgAccepts() {
        assertThat(LinkRules.isUrl("https://example.com")).isTrue();
        assertThat(LinkRules.isUrl("http://user:pw@[::1]:8080/x")).isTrue();
        assertThat(LinkRules.isUrl("https://example.com/a b")).isTrue();
        assertThat(LinkRules.isUrl("slack:C123")).isTrue();
        assertThat(LinkRules.isUrl("file:///srv/docs")).isTrue();
        assertThat(LinkRules.isUrl("example.com")).isFalse();
        assertThat(LinkRules.isUrl("/docs")).isFalse();
        assertThat(LinkRules.isUrl("https://example.com:99999")).isFalse();
        assertThat(LinkRules.isUrl("https://example.com:port")).isFalse();
        assertThat(LinkRules.isUrl("http://a|b")).isFalse();
    }

    @Test
    void unknownTopLevelFieldIsNamedWithAdvice() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: checkout}
                owner: payments
                spec: {type: service, lifecycle: production, owner: payments}
                status: {}
                """);
        assertThat(problems)
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly(
                        "4:1 'owner' is not a top-level field of an entity, which holds only apiVersion, kind, metadata, "
                                + "spec, relations and status; move it under spec, or under metadata (e.g. as an "
                                + "annotation), or check its indentation.");
    }

    @Test
    void missingEnvelopeFieldsAreRequired() {
        List<DescriptorProblem> problems = validate("kind: Component\nspec: {}\n");
        assertThat(problems)
                .extracting(DescriptorProblem::message)
                .contains(
                        "apiVersion is required for every entity: add e.g. apiVersion: backstage.io/v1alpha1.",
                        "metadata is required for every entity: add metadata: with at least a name.");
    }

    @Test
    void unknownKindIsRefusedUnlessAllowed() {
        String workflow = """
                apiVersion: acme.com/v1
                kind: Workflow
                metadata: {name: nightly}
                spec: {anything: [1, 2]}
                """;
        assertThat(validate(workflow)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message())
                    .contains("kind 'Workflow'")
                    .contains("not allowed")
                    .contains("Component, API");
        });
        EntityValidator permissive =
                new EntityValidator(CatalogRules.allowing(new KindPattern("Workflow", "acme.com/*")));
        assertThat(validate(permissive, workflow)).isEmpty();
        assertThat(validate(permissive, workflow.replace("metadata: {name: nightly}", "metadata: {}")))
                .extracting(DescriptorProblem::message)
                .containsExactly(
                        "metadata.name is required for every entity: give the entity a name, e.g. name: payments.");
    }

    @Test
    void wrongApiVersionForABuiltInKindNamesTheRightOnes() {
        assertThat(validate("""
                apiVersion: backstage.io/v2
                kind: Component
                metadata: {name: x}
                spec: {type: service, lifecycle: production, owner: payments}
                """)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message())
                    .isEqualTo("apiVersion 'backstage.io/v2' is not supported for kind "
                            + "Component; use backstage.io/v1alpha1 or backstage.io/v1beta1.");
        });
    }

    @Test
    void lowerCaseBuiltInKindGetsACaseHint() {
        assertThat(validate("""
                apiVersion: backstage.io/v1alpha1
                kind: component
                metadata: {name: x}
                """))
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("write Component");
    }

    @Test
    void eachKindRequiresItsOwnFields() {
        assertThat(messages("API", "{type: openapi, lifecycle: production, owner: a}"))
                .containsExactly("spec.definition is required for kind API: give the API definition, "
                        + "e.g. definition: {$text: ./openapi.yaml}.");
        assertThat(messages("Resource", "{type: database}"))
                .singleElement()
                .asString()
                .startsWith("spec.owner");
        assertThat(messages("System", "{}")).singleElement().asString().startsWith("spec.owner");
        assertThat(messages("Domain", "{}")).singleElement().asString().startsWith("spec.owner");
        assertThat(messages("Group", "{}"))
                .containsExactlyInAnyOrder(
                        "spec.type is required for kind Group: give the group's type, e.g. type: team.",
                        "spec.children is required for kind Group: list the child groups, e.g. children: [], when there are "
                                + "none.");
        assertThat(messages("User", "{}")).singleElement().asString().startsWith("spec.memberOf");
        assertThat(messages("Location", "{type: url}"))
                .singleElement()
                .asString()
                .contains("needs target or targets");
        assertThat(messages("Component", null)).singleElement().asString().startsWith("spec is required");
    }

    @Test
    void templateNeedsTypeAndStepsWithActions() {
        List<DescriptorProblem> problems = validate("""
                apiVersion: scaffolder.backstage.io/v1beta3
                kind: Template
                metadata: {name: t}
                spec:
                  steps:
                    - id: fetch
                """);
        assertThat(problems)
                .extracting(DescriptorProblem::message)
                .containsExactlyInAnyOrder(
                        "spec.type is required for kind Template: give its type, e.g. type: service.",
                        "spec.steps[0].action is required for kind Template: name the scaffolder action, "
                                + "e.g. action: fetch:template.");
        assertThat(problems).extracting(DescriptorProblem::line).containsExactlyInAnyOrder(4, 6);
    }

    private List<String> messages(String kind, String spec) {
        String yaml = "apiVersion: backstage.io/v1alpha1\nkind: " + kind + "\nmetadata: {name: x}\n"
                + (spec == null ? "" : "spec: " + spec + "\n");
        return validate(yaml).stream().map(DescriptorProblem::message).toList();
    }
}
