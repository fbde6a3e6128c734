package org.weimin.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the community in an address ({@code /v1/t/{community}/...}) once per request into a typed id; an id
 * that is not even well formed names no community, and is answered as "not found".
 */
@Provider
public class CommunityIdConverter implements ParamConverterProvider {

    private static final ParamConverter<CommunityId> CONVERTER = new ParamConverter<>() {
        @Override
        public CommunityId fromString(String value) {
            if (!CommunityId.isValid(value)) {
                throw new CommunityNotFoundException(value);
            }
            return new CommunityId(value);
        }

        @Override
        public String toString(CommunityId value) {
            return value.value();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == CommunityId.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
