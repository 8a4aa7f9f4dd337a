package org.infoshare.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read on the server: the rows matching every condition are counted, then only the page's rows
 * are read, in an order that must end on a unique column so that no row is on two pages. Every list a user pages
 * through is read this way (ADR 0017); the conditions hold the list's scope and its filters, so both are in SQL.
 */
public final class PagedQuery {

    private final JdbcClient jdbc;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private PagedQuery(JdbcClient jdbc, String from) {
        this.jdbc = jdbc;
        this.from = from;
    }

    /** Rows of {@code from}: a table with its alias, perhaps joined. */
    public static PagedQuery from(JdbcClient jdbc, String from) {
        return new PagedQuery(jdbc, from);
    }

    public PagedQuery where(String condition, String name, Object value) {
        conditions.add("(" + condition + ")");
        params.put(name, value);
        return this;
    }

    public PagedQuery where(SqlCondition condition) {
        conditions.add("(" + condition.sql() + ")");
        params.putAll(condition.params());
        return this;
    }

    /** A condition that needs no parameter of its own, applied only when asked for. */
    public PagedQuery whereIf(boolean when, String condition) {
        if (when) {
            conditions.add("(" + condition + ")");
        }
        return this;
    }

    /** A filter: applied only when its value is given. */
    public PagedQuery whereGiven(Object value, String condition, String name) {
        return value == null ? this : where(condition, name, value);
    }

    /** A parameter used by the columns or the order rather than by a condition. */
    public PagedQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** How many rows match, and the rows of the page asked for, in {@code orderBy}'s order. */
    public <T> Page<T> page(String columns, String orderBy, PageRequest request, RowMapper<T> row) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from " + from + where).params(params).query(Long.class).single();
        if (total <= request.offset()) {
            return new Page<>(List.of(), request.number(), request.size(), total);
        }
        List<T> rows = jdbc.sql("select " + columns + " from " + from + where + " order by " + orderBy + " limit :page_limit offset :page_offset")
                .params(params).param("page_limit", request.size()).param("page_offset", request.offset())
                .query(row).list();
        return new Page<>(rows, request.number(), request.size(), total);
    }
}
