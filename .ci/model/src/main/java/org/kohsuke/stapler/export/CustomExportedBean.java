// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/export/CustomExportedBean.java @ 2050.v425108fd5089
package org.kohsuke.stapler.export;

public interface CustomExportedBean {
    Object toExportedObject();
}
