# `make install` and `make uninstall`, both honouring PREFIX and DESTDIR (and INCLUDEDIR,
# LIBDIR, PKGCONFIGDIR, DATADIR and CMAKEDIR for a finer layout). Installed: the header, the
# pkg-config file and the CMake package files. CMakeLists.txt installs the same files from
# the same templates.

DATADIR ?= $(PREFIX)/share
# The package files are the same on every architecture, so they go under share/, which
# find_package searches as <prefix>/share/cmake/<name>*/.
CMAKEDIR ?= $(DATADIR)/cmake/oauth_ext_error
INSTALL ?= install

# Fills the placeholders of a template, as CMake's configure_file(@ONLY) does. The CMake
# package file finds the header relative to itself, so the installed tree can move.
INSTALL_SUBSTITUTE = sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' \
    -e 's|@VERSION@|$(VERSION)|g' \
    -e 's|@VERSION_MAJOR@|$(word 1,$(subst ., ,$(VERSION)))|g' \
    -e 's|@VERSION_MINOR@|$(word 2,$(subst ., ,$(VERSION)))|g' \
    -e "s|@INCLUDEDIR_FROM_CONFIG@|$$(realpath -m --relative-to='$(CMAKEDIR)' '$(INCLUDEDIR)')|g"
INSTALL_GENERATED = $(BUILD)/install

# The generated files are written anew on each install, so that a change of PREFIX or of
# another path always reaches them.
install: | $(BUILD)
	mkdir -p $(INSTALL_GENERATED)
	$(INSTALL_SUBSTITUTE) oauth_ext_error.pc.in > $(INSTALL_GENERATED)/oauth_ext_error.pc
	$(INSTALL_SUBSTITUTE) cmake/oauth_ext_errorConfig.cmake.in \
	    > $(INSTALL_GENERATED)/oauth_ext_errorConfig.cmake
	$(INSTALL_SUBSTITUTE) cmake/oauth_ext_errorConfigVersion.cmake.in \
	    > $(INSTALL_GENERATED)/oauth_ext_errorConfigVersion.cmake
	$(INSTALL) -d $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(CMAKEDIR)
	$(INSTALL) -m 644 $(HEADER) $(DESTDIR)$(INCLUDEDIR)/oauth_ext_error.h
	$(INSTALL) -m 644 $(INSTALL_GENERATED)/oauth_ext_error.pc \
	    $(DESTDIR)$(PKGCONFIGDIR)/oauth_ext_error.pc
	$(INSTALL) -m 644 $(INSTALL_GENERATED)/oauth_ext_errorConfig.cmake \
	    $(INSTALL_GENERATED)/oauth_ext_errorConfigVersion.cmake $(DESTDIR)$(CMAKEDIR)

# Removes the installed files, and the package's own CMake folder once it is empty.
uninstall:
	rm -f $(DESTDIR)$(INCLUDEDIR)/oauth_ext_error.h \
	    $(DESTDIR)$(PKGCONFIGDIR)/oauth_ext_error.pc \
	    $(DESTDIR)$(CMAKEDIR)/oauth_ext_errorConfig.cmake \
	    $(DESTDIR)$(CMAKEDIR)/oauth_ext_errorConfigVersion.cmake
	-rmdir $(DESTDIR)$(CMAKEDIR) 2>/dev/null
