package dev.socle.catalog;

import static dev.socle.catalog.CatalogFixtures.entity;
import static dev.socle.catalog.CatalogFixtures.group;
import static dev.socle.catalog.CatalogFixtures.ingested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.EntityAncestry;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityFilterMatcher;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.EntityWithProblems;
import dev.socle.catalog.query.FacetCount;
import dev.socle.catalog.query.OrderField;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.plugin.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, ordering, cursor pagination, facets and full-text matching over a small catalog. */
abstract class QueryBehaviour extends CatalogTestSupport {

    UUID location;

    @BeforeEach
    void smallCatalog() {
        location = location("https://git.example.com/catalog");
        apply(
                location,
                ingested(component("payments", "Payments API", "service", "production", "team-a", "java", "money")),
                ingested(component("billing", null, "service", "experimental", "team-b", "java")),
                ingested(component("Website", "Public Website", "website", "production", "team-a")),
                ingested(entity("{'apiVersion':'backstage.io/v1alpha1','kind':'API','metadata':{'name':"
                        + "'payments-api'},'spec':{'type':'openapi','lifecycle':'production','owner':'team-a',"
                        + "'definition':'openapi: 3.0.0'}}")),
                ingested(group("team-a")),
                ingested(group("team-b")));
    }

    @Test
    void keysOfOneAlternativeMustAllMatch() {
        assertThat(names(filter("kind=component,spec.type=service"))).containsExactly("billing", "payments");
    }

    @Test
    void alternativesAndRepeatedKeysWidenTheMatch() {
        assertThat(names(filter("kind=api", "kind=group,metadata.name=team-b")))
                .containsExactly("payments-api", "team-b");
        assertThat(names(filter("kind=api,kind=group"))).containsExactly("payments-api", "team-a", "team-b");
    }

    @Test
    void aKeyWithoutValueRequiresTheFieldToExist() {
        assertThat(names(filter("metadata.title"))).containsExactly("payments", "Website");
        assertThat(names(filter("kind=component,metadata.tags"))).containsExactly("billing", "payments");
    }

    @Test
    void keysAndValuesIgnoreCase() {
        assertThat(names(filter("KIND=Component,Spec.Type=SERVICE"))).containsExactly("billing", "payments");
        assertThat(names(filter("metadata.name=website"))).containsExactly("Website");
    }

    @Test
    void relationsAndUidsCanBeFiltered() {
        assertThat(names(filter("relations.ownedby=group:default/team-a")))
                .containsExactly("payments", "payments-api", "Website");
        String uid = get("component:default/billing").uid();
        assertThat(names(filter("metadata.uid=" + uid))).containsExactly("billing");
        assertThat(names(filter("metadata.uid=not-a-uid"))).isEmpty();
    }

    @Test
    void ordersByNameTitleOrAnySearchKeyWithMissingValuesLastWhenAscending() {
        assertThat(names(query(filter("kind=component"), List.of(OrderField.desc("metadata.name")))))
                .containsExactly("Website", "payments", "billing");
        assertThat(names(query(filter("kind=component"), List.of(OrderField.asc("metadata.title")))))
                .containsExactly("payments", "Website", "billing");
        assertThat(names(query(filter("kind=component"), List.of(OrderField.desc("metadata.title")))))
                .containsExactly("billing", "Website", "payments");
        assertThat(names(query(EntityFilter.all(), List.of(OrderField.asc("spec.lifecycle"), OrderField.desc("kind")))))
                .containsExactly("billing", "payments", "Website", "payments-api", "team-a", "team-b");
    }

    @Test
    void cursorsWalkEveryPageForwardAndBackWithoutGapsOrDuplicates() {
        List<IngestedEntity> more = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String lifecycle = i % 4 == 0
                    ? null
                    : List.of("production", "experimental", "deprecated").get(i % 3);
            more.add(ingested(component("svc-" + (char) ('a' + (i * 7) % 23), null, "service", lifecycle, "team-a")));
        }
        UUID other = location("https://git.example.com/more");
        apply(other, more.toArray(IngestedEntity[]::new));
        EntityFilter services = filter("kind=component,spec.type=service");
        List<OrderField> order = List.of(OrderField.asc("spec.lifecycle"), OrderField.desc("metadata.title"));
        List<String> expected = names(query(services, order, 100));
        assertThat(expected).hasSize(25).doesNotHaveDuplicates();

        List<String> forward = new ArrayList<>();
        List<EntityPage> pages = new ArrayList<>();
        EntityPage page = queries.query(EntityQuery.of(services, order, 4));
        assertThat(page.prevCursor()).isNull();
        while (true) {
            pages.add(page);
            assertThat(page.totalItems()).isEqualTo(25);
            page.items().forEach(item -> forward.add(item.ref().name()));
            if (page.nextCursor() == null) {
                break;
            }
            page = queries.query(EntityQuery.page(page.nextCursor(), 4));
        }
        assertThat(forward).isEqualTo(expected);
        assertThat(pages).hasSize(7);

        List<String> backward = new ArrayList<>();
        EntityPage last = pages.getLast();
        EntityPage previous = last;
        while (previous.prevCursor() != null) {
            previous = queries.query(EntityQuery.page(previous.prevCursor(), 4));
            assertThat(previous.nextCursor()).isNotNull();
            backward.addAll(
                    0, previous.items().stream().map(item -> item.ref().name()).toList());
        }
        backward.addAll(last.items().stream().map(item -> item.ref().name()).toList());
        assertThat(backward).isEqualTo(expected);
    }

    @Test
    void anOffsetSkipsThatManyMatchesAndPagesFollowEachOtherWithoutOverlap() {
        List<OrderField> order = List.of(OrderField.asc("metadata.name"));
        List<String> all = names(query(EntityFilter.all(), order));
        assertThat(all).hasSize(6);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 4) {
            EntityPage page = queries.query(EntityQuery.of(EntityFilter.all(), order, 4, offset));
            assertThat(page.totalItems()).isEqualTo(6);
            assertThat(page.prevCursor() == null).isEqualTo(offset == 0);
            page.items().forEach(item -> paged.add(item.ref().name()));
        }
        assertThat(paged).isEqualTo(all);

        EntityPage middle = queries.query(EntityQuery.of(EntityFilter.all(), order, 2, 2));
        assertThat(names(middle.items())).isEqualTo(all.subList(2, 4));
        assertThat(names(queries.query(EntityQuery.page(middle.nextCursor(), 2)).items()))
                .isEqualTo(all.subList(4, 6));
        assertThat(names(queries.query(EntityQuery.page(middle.prevCursor(), 2)).items()))
                .isEqualTo(all.subList(0, 2));
        assertThat(queries.query(EntityQuery.of(EntityFilter.all(), order, 2, 6))
                        .items())
                .isEmpty();
    }

    @Test
    void matchingABodyInMemoryAgreesWithTheIndex() {
        List<StoredEntity> everything = query(EntityFilter.all(), List.of(OrderField.asc("metadata.name")));
        String uid = get("component:default/billing").uid();
        for (EntityFilter filter : List.of(
                filter("kind=component,spec.type=service"),
                filter("kind=api", "kind=group,metadata.name=TEAM-B"),
                filter("metadata.title"),
                filter("kind=component,metadata.tags"),
                filter("relations.ownedby=group:default/team-a"),
                filter("metadata.uid=" + uid.toUpperCase(java.util.Locale.ROOT)),
                filter("spec.definition"),
                filter("spec.lifecycle=production,metadata.tags=money", "spec.owner=team-b"),
                EntityFilter.all())) {
            assertThat(names(everything.stream()
                            .filter(entity -> EntityFilterMatcher.matches(filter, entity.body()))
                            .toList()))
                    .as(filter.toString())
                    .isEqualTo(names(filterQuery(filter)));
        }
    }

    @Test
    void facetsCountMatchingEntitiesPerValueMostFrequentFirst() {
        Map<String, List<FacetCount>> facets =
                queries.facets(filter("kind=component"), List.of("spec.type", "Kind", "metadata.tags"));

        assertThat(facets.get("spec.type")).containsExactly(new FacetCount("service", 2), new FacetCount("website", 1));
        assertThat(facets.get("Kind")).containsExactly(new FacetCount("Component", 3));
        assertThat(facets.get("metadata.tags")).containsExactly(new FacetCount("java", 2), new FacetCount("money", 1));
        assertThat(queries.facets(EntityFilter.all(), List.of("kind")).get("kind"))
                .extracting(FacetCount::count)
                .containsExactly(3L, 2L, 1L);
    }

    @Test
    void fullTextMatchesSubstringsOfTheChosenFieldsIgnoringCase() {
        assertThat(names(fullText("PAY", List.of()))).containsExactly("payments", "payments-api");
        assertThat(names(fullText("public", List.of()))).containsExactly("Website");
        assertThat(names(fullText("EXPERI", List.of("spec.lifecycle")))).containsExactly("billing");
        assertThat(names(fullText("%", List.of()))).isEmpty();
        assertThat(names(fullText("_", List.of()))).isEmpty();
    }

    @Test
    void byRefsKeepsTheOrderAndMarksMissingEntities() {
        List<Optional<StoredEntity>> found = queries.byRefs(List.of(
                EntityRef.parse("component:default/website"),
                EntityRef.parse("component:default/nothing"),
                EntityRef.parse("Group:Default/Team-A")));

        assertThat(found).hasSize(3);
        assertThat(found.get(0))
                .hasValueSatisfying(entity -> assertThat(entity.ref().name()).isEqualTo("Website"));
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2))
                .hasValueSatisfying(entity -> assertThat(entity.ref().name()).isEqualTo("team-a"));
    }

    @Test
    void lookupsByRefAndUidAgree() {
        StoredEntity byRef = get("COMPONENT:default/PAYMENTS");

        assertThat(queries.byUidWithProblems(byRef.uid()).map(EntityWithProblems::entity))
                .hasValueSatisfying(byUid -> assertThat(byUid).isEqualTo(byRef));
        assertThat(queries.byUidWithProblems("not-a-uid")).isEmpty();
        assertThat(queries.byUidWithProblems(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void ancestryIsTheEntityItself() {
        EntityAncestry ancestry = queries.ancestry(EntityRef.parse("component:default/payments"));

        assertThat(ancestry.rootEntityRef()).isEqualTo(EntityRef.parse("component:default/payments"));
        assertThat(ancestry.items())
                .singleElement()
                .satisfies(item -> assertThat(item.parentEntityRefs()).isEmpty());
        assertThatThrownBy(() -> queries.ancestry(EntityRef.parse("component:default/nothing")))
                .isInstanceOf(dev.socle.plugin.NotFoundException.class);
    }

    @Test
    void aTamperedCursorIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> queries.query(EntityQuery.page("not-a-cursor!", 5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cursor");
    }

    static dev.socle.catalog.model.Entity component(
            String name,
            @Nullable String title,
            String type,
            @Nullable String lifecycle,
            String owner,
            String... tags) {
        StringBuilder json = new StringBuilder(
                "{'apiVersion':'backstage.io/v1alpha1','kind':'Component'," + "'metadata':{'name':'" + name + "'");
        if (title != null) {
            json.append(",'title':'").append(title).append("'");
        }
        if (tags.length > 0) {
            json.append(",'tags':['").append(String.join("','", tags)).append("']");
        }
        json.append("},'spec':{'type':'")
                .append(type)
                .append("','owner':'")
                .append(owner)
                .append("'");
        if (lifecycle != null) {
            json.append(",'lifecycle':'").append(lifecycle).append("'");
        }
        return entity(json.append("}}").toString());
    }

    private static EntityFilter filter(String... parameters) {
        return EntityFilter.parse(List.of(parameters));
    }

    private List<StoredEntity> filterQuery(EntityFilter filter) {
        return query(filter, List.of(OrderField.asc("metadata.name")));
    }

    private List<String> names(EntityFilter filter) {
        return names(filterQuery(filter));
    }

    private List<StoredEntity> query(EntityFilter filter, List<OrderField> order) {
        return queries.query(EntityQuery.of(filter, order, 100)).items();
    }

    private List<StoredEntity> query(EntityFilter filter, List<OrderField> order, int limit) {
        return queries.query(EntityQuery.of(filter, order, limit)).items();
    }

    private List<StoredEntity> fullText(String term, List<String> fields) {
        return queries.query(new EntityQuery(
                        EntityFilter.all(), List.of(OrderField.asc("metadata.name")), 100, null, term, fields))
                .items();
    }

    private static List<String> names(List<StoredEntity> entities) {
        return entities.stream().map(entity -> entity.ref().name()).toList();
    }
}
