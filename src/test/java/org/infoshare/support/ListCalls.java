package org.infoshare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.infoshare.web.PagedResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Reading a paged list (ADR 0017) through the API and the pages, as the list paging tests do. */
public final class ListCalls {

    private ListCalls() {
    }

    /** A page of an API list, which must answer 200. */
    public static MvcResult api(MockMvc mvc, String token, String path, Map<String, String> params) throws Exception {
        MvcResult result = mvc.perform(withParams(get(path).header("Authorization", "Bearer " + token), params)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + params + ": " + result.getResponse().getContentAsString()).isEqualTo(200);
        return result;
    }

    /** An API list refusing its parameters: the status given and a problem naming the field. */
    public static void problem(MockMvc mvc, String token, String path, Map<String, String> params, int status, String field) throws Exception {
        MvcResult result = mvc.perform(withParams(get(path).header("Authorization", "Bearer " + token), params)).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(path + " " + params + ": " + body).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).as(body).contains(field);
    }

    /** A list page in the browser's session, which must answer 200; its HTML. */
    public static String page(MockMvc mvc, MockHttpSession session, String path, Map<String, String> params) throws Exception {
        MvcResult result = mvc.perform(withParams(get(path).session(session), params)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + params).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** A list page refusing its filter: the error summary saying so and no rows counted; its HTML for further checks. */
    public static String refused(MockMvc mvc, MockHttpSession session, String path, Map<String, String> params, String says) throws Exception {
        String page = mvc.perform(withParams(get(path).session(session), params)).andReturn().getResponse().getContentAsString();
        assertThat(page).as(path + " " + params).contains("There is a problem").contains(says).contains("<title>Error: ")
                .doesNotContain("Showing 1 to");
        return page;
    }

    /** How many rows match, from the list's header. */
    public static long total(MvcResult result) {
        return Long.parseLong(result.getResponse().getHeader(PagedResponse.TOTAL));
    }

    /** The ids of the rows answered, at the JSON path given (e.g. {@code $[*].id}). */
    public static List<String> ids(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), path);
    }

    private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, Map<String, String> params) {
        params.forEach(request::param);
        return request;
    }
}
