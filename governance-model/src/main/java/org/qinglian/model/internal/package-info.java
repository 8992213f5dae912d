/** Internals of the model module; not API, may change in any release. */
package org.qinglian.model.internal;
