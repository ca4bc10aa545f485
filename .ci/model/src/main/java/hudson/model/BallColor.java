// Source: jenkinsci/jenkins core/src/main/java/hudson/model/BallColor.java @ jenkins-2.541.3
package hudson.model;

public enum BallColor implements StatusIcon {
    RED,
    RED_ANIME,
    YELLOW,
    YELLOW_ANIME,
    BLUE,
    BLUE_ANIME,
    GREY,
    GREY_ANIME,
    DISABLED,
    DISABLED_ANIME,
    ABORTED,
    ABORTED_ANIME,
    NOTBUILT,
    NOTBUILT_ANIME;

    public String getIconClassName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getImageOf(String size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    public boolean isAnimated() {
        throw new UnsupportedOperationException();
    }
}
