package io.jenkins.plugins.gogs.webhook;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMRevision;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Passes to the delegate only the heads an event names, recognised by class and name. The SCM API's own filter
 * compares heads with {@code equals}, which for a tag includes its timestamp and for a pull request its target
 * branch: a payload does not carry a tag's time, and a scan only guesses a pull request's target (Gogs names it
 * only in webhooks), so equal heads would not compare equal. Multibranch projects match their branch jobs by name,
 * so this filter does too. The includes it reports also match by class and name, so a source that asks
 * {@code getIncludes().contains(head)} gets the same answer.
 */
@Restricted(NoExternalUse.class)
final class SameNameHeadsObserver<O extends SCMHeadObserver> extends SCMHeadObserver.Wrapped<O> {

    private final HeadsByName includes;
    private final Set<String> pending;

    SameNameHeadsObserver(O delegate, Collection<SCMHead> eventHeads) {
        super(delegate);
        List<SCMHead> heads = new ArrayList<>(eventHeads);
        Set<SCMHead> outer = delegate.getIncludes();
        if (outer != null) {
            HeadsByName allowed = new HeadsByName(outer);
            heads.removeIf(head -> !allowed.contains(head));
        }
        this.includes = new HeadsByName(heads);
        this.pending = new HashSet<>(includes.keys);
    }

    @Override
    public void observe(@NonNull SCMHead head, @NonNull SCMRevision revision) throws IOException, InterruptedException {
        if (includes.contains(head)) {
            pending.remove(HeadsByName.key(head));
            super.observe(head, revision);
        }
    }

    /** Done once every named head was seen. */
    @Override
    public boolean isObserving() {
        return !pending.isEmpty() && super.isObserving();
    }

    @Override
    public Set<SCMHead> getIncludes() {
        return includes;
    }

    /** A set of heads whose {@code contains} asks for a head of the same class and name. */
    static final class HeadsByName extends AbstractSet<SCMHead> {

        private final List<SCMHead> heads;
        private final Set<String> keys = new HashSet<>();

        HeadsByName(Collection<SCMHead> heads) {
            this.heads = List.copyOf(heads);
            this.heads.forEach(head -> keys.add(key(head)));
        }

        static String key(SCMHead head) {
            return head.getClass().getName() + '\n' + head.getName();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof SCMHead head && keys.contains(key(head));
        }

        @Override
        public Iterator<SCMHead> iterator() {
            return heads.iterator();
        }

        @Override
        public int size() {
            return heads.size();
        }
    }
}
