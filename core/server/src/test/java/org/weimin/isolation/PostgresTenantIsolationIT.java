package org.weimin.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.weimin.grid.infrastructure.JpaGridRepository;
import org.weimin.grid.model.Building;
import org.weimin.grid.model.Grid;
import org.weimin.platform.infrastructure.SchemaMigrator;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.infrastructure.JpaCommunityRepository;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * Tenant isolation on a real PostgreSQL: the schema comes from the application's own migrations, run as the
 * owner role; the application connects as a separate role, so row-level security is a second wall behind
 * Hibernate's tenant filter, and it stops native SQL too.
 */
class PostgresTenantIsolationIT {

    private static final CommunityId A = new CommunityId("huanglong");
    private static final CommunityId B = new CommunityId("daguan");

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private static UUID gridOfB;

    @BeforeAll
    static void startPostgresAndMigrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE weimin_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE weimin_app LOGIN PASSWORD 'app-secret'");
            sql.execute("CREATE DATABASE weimin OWNER weimin_owner");
        }
        try (Connection superuser = postgres.getDatabase("postgres", "weimin").getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            sql.execute("ALTER SCHEMA public OWNER TO weimin_owner");
        }
        new SchemaMigrator(url(), "weimin_owner", "owner-secret", "weimin_app", Duration.ofMinutes(10)).migrate();
        emf = Persistence.createEntityManagerFactory("weimin-postgresql-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource("weimin_app", "app-secret")));

        seed(A, "黄龙社区", "G01", "曙光苑");
        gridOfB = seed(B, "大关社区", "G01", "东苑");
    }

    @AfterAll
    static void stop() throws Exception {
        if (emf != null) {
            emf.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theApplicationIsNeitherOwnerNorSuperuser() {
        List<?> row = inScope(A, em -> List.of(em.createNativeQuery(
                "select current_user, (select rolsuper from pg_roles where rolname = current_user),"
                        + " (select tableowner from pg_tables where tablename = 'grid')").getSingleResult()));
        Object[] values = (Object[]) row.get(0);
        assertThat(values[0]).isEqualTo("weimin_app");
        assertThat(values[1]).isEqualTo(false);
        assertThat(values[2]).isEqualTo("weimin_owner");
    }

    @Test
    void everyTenantOwnedTableHasForcedRowLevelSecurity() throws Exception {
        String tenantTables = "select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c"
                + " join information_schema.columns col on col.table_name = c.relname"
                + " and col.column_name = 'tenant_id' and col.table_schema = 'public' where c.relkind = 'r'";
        try (Connection owner = dataSource("weimin_owner", "owner-secret").getConnection();
             Statement sql = owner.createStatement();
             var result = sql.executeQuery(tenantTables)) {
            int tables = 0;
            while (result.next()) {
                tables++;
                assertThat(result.getBoolean(2)).as(result.getString(1) + " has row-level security").isTrue();
                assertThat(result.getBoolean(3)).as(result.getString(1) + " forces it on the owner").isTrue();
            }
            assertThat(tables).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void queriesSeeOnlyTheCurrentCommunity() {
        List<String> names = inScope(A, em -> new JpaGridRepository(em).grids().stream().map(Grid::name).toList());
        assertThat(names).containsExactly("曙光苑");
        Grid otherCommunitysGrid = inScope(A, em -> em.find(Grid.class, gridOfB));
        assertThat(otherCommunitysGrid).isNull();
    }

    @Test
    void rowLevelSecurityStopsNativeSqlThatForgetsTheTenant() {
        Number visible = inScope(A, em -> (Number) em.createNativeQuery("select count(*) from grid").getSingleResult());
        assertThat(visible.intValue()).isEqualTo(1);
        Number buildings = inScope(B, em -> (Number) em.createNativeQuery(
                "select count(*) from building where tenant_id = 'huanglong'").getSingleResult());
        assertThat(buildings.intValue()).isZero();
    }

    @Test
    void nativeSqlCannotWriteIntoAnotherCommunity() {
        assertThatThrownBy(() -> inScope(A, em -> em.createNativeQuery(
                "insert into grid (tenant_id, id, code, name, version) values ('daguan', ?1, 'G99', '偷偷', 0)")
                .setParameter(1, UUID.randomUUID()).executeUpdate()))
                .hasStackTraceContaining("row-level security");
        Number count = inScope(B, em -> (Number) em.createNativeQuery("select count(*) from grid").getSingleResult());
        assertThat(count.intValue()).isEqualTo(1);
    }

    @Test
    void aRowCannotPointAtAnotherCommunitysRow() {
        assertThatThrownBy(() -> inScope(A, em -> {
            em.persist(new Building(gridOfB, "X1", "越界楼", 6));
            em.flush();
            return null;
        })).hasStackTraceContaining("fk_building_grid");
    }

    @Test
    void withoutATenantScopeNothingReachesTheDatabase() {
        EntityManager em = emf.createEntityManager();
        try {
            assertThatThrownBy(() -> em.createQuery("select g from Grid g", Grid.class).getResultList())
                    .hasStackTraceContaining("no community scope is open");
        } finally {
            em.close();
        }
    }

    @Test
    void aPooledConnectionDoesNotCarryTheLastCommunity() throws Exception {
        inScope(A, em -> em.createNativeQuery("select count(*) from grid").getSingleResult());
        try (Connection raw = dataSource("weimin_app", "app-secret").getConnection();
             Statement sql = raw.createStatement();
             var result = sql.executeQuery("select count(*) from grid")) {
            result.next();
            assertThat(result.getInt(1)).as("a connection without app.tenant sees no rows").isZero();
        }
    }

    private static UUID seed(CommunityId id, String name, String gridCode, String gridName) {
        return inScope(id, em -> {
            new JpaCommunityRepository(em).add(new Community(id, name, name, new RegionPath("杭州市", "区", name + "街道"),
                    Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), new Population(10, 20), Instant.now()));
            Grid grid = new Grid(gridCode, gridName);
            JpaGridRepository grids = new JpaGridRepository(em);
            grids.add(grid);
            grids.add(new Building(grid.id(), "1", "1号楼", 6));
            return grid.id();
        });
    }

    private static <T> T inScope(CommunityId community, Function<EntityManager, T> work) {
        return TenantScope.callAs(community, () -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                em.close();
            }
        });
    }

    private static String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/weimin";
    }

    private static DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
