package org.infoshare.linkage.rules.matching;

import java.util.List;

import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.PersonIdentity;

/** Record tables built from clear identities, as a hub would receive them encoded, for the matching tests. */
final class Tables {

    static final LinkageSecret SECRET = LinkageSecret.of("the matching tests' linkage secret of 32 bytes".getBytes());

    private Tables() {
    }

    static RecordTable of(List<PersonIdentity> people) {
        IdentityEncoder encoder = new IdentityEncoder(SECRET, EncodingSchema.V1, Nicknames.standard());
        RecordTable.Builder builder = RecordTable.builder(EncodingSchema.V1, SECRET.fingerprint(), people.size());
        for (int i = 0; i < people.size(); i++) {
            builder.add(i % 3, encoder.encode(people.get(i)));
        }
        return builder.build();
    }
}
