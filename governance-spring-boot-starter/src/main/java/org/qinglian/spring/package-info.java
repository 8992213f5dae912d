/**
 * Spring Boot 自动配置 — {@link org.qinglian.spring.QinglianAutoConfiguration}: add the starter
 * and a Spring Boot application (4.0 or 3.5) has a shared validator, the Jackson module and
 * expression-free {@code @Valid}; see {@code docs/spring-boot.md}.
 */
package org.qinglian.spring;
