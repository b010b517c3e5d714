package rectify.share;

import java.util.function.Supplier;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;

/**
 * Who commits the saves of a shared register: the name and e-mail the workbench's preferences
 * give, else Git's configuration ({@code user.name}, {@code user.email} of the repository, the
 * user or the system), else the system's user name.
 */
public final class Authors {

    /** A name and an e-mail. */
    public record Author(String name, String email) {
    }

    private static volatile Supplier<Author> preferred = () -> null;

    private Authors() {
    }

    /** Sets where the preferred author comes from (the workbench's preferences); answering {@code null} or a blank name leaves it to Git. */
    public static void prefer(Supplier<Author> author) {
        preferred = author == null ? () -> null : author;
    }

    /** @return the person that commits now in a repository */
    public static PersonIdent of(Repository repository) {
        UserConfig git = repository.getConfig().get(UserConfig.KEY);
        Author author = preferred.get();
        String name = author != null && author.name() != null && !author.name().isBlank() ? author.name().strip()
                : git.getAuthorName();
        String email = author != null && author.email() != null && !author.email().isBlank() ? author.email().strip()
                : git.getAuthorEmail();
        return new PersonIdent(name, email);
    }
}
